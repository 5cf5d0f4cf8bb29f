import { XMLParser } from 'fast-xml-parser';
import { serviceContracts, soapPath } from '@stx/secutix-contract';
import { postSoap, soapEnvelope } from './helpers';
import { recordingSimulator, schemaViolations } from './soapSchema';

const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true });
const path = (service: string) => soapPath(serviceContracts.find((s) => s.name === service)!);

/**
 * The file operations as a public test against real SecuTix calls them (GitHub hoanglam147/dummyTest,
 * FileOperationTest.java): raw SOAP envelopes, an MTOM `cid:` reference as the attachment's data,
 * a `dd/MM/yyyy` upload date, an empty `<fileStatusIC>`; real SecuTix answers `success` to each and
 * lists an attachment under `name`.
 */
describe('file operations over SOAP, as real SecuTix answers them', () => {
  const soapSim = recordingSimulator();

  /** the result element of a SOAP call, its leaves as text */
  async function call(service: string, operation: string, inner: string): Promise<any> {
    const res = await postSoap(soapSim.sim, path(service), soapEnvelope(service, operation, inner));
    expect(res.status).toBe(200);
    const response = parser.parse(res.text)['S:Envelope']['S:Body'][`ns2:${operation}Response`];
    return Object.values(response)[0];
  }

  async function newOrder(): Promise<{ orderId: string; orderSecretId: string }> {
    const perf = soapSim.sim.state.product(10001)!.event!.performances[0];
    const price = perf.prices.find((p) => p.seatCatId !== undefined)!;
    const created = await call('ExternalOrderFacade', 'createOrUpdateOrder', `<pointOfSalesId>1001</pointOfSalesId><orderType>SALE</orderType>
      <purchasersInfo><contactReference>1000001</contactReference></purchasersInfo>
      <singleEntryAttributionOperations><operationAttributions><audienceSubCategoryId>${price.audSubCatId}</audienceSubCategoryId><quantity>1</quantity>
      <performanceId>${perf.id}</performanceId><seatCategoryId>${price.seatCatId}</seatCategoryId></operationAttributions></singleEntryAttributionOperations>`);
    expect(created.statusCode).toBe('success');
    return created.orderUpdateData;
  }

  const upload = (fileId: string, data: string, uploadDate?: string) =>
    call('ExternalOrderService', 'uploadFileAttachment', `<fileId>${fileId}</fileId><printableFileAttachmentData><data>${data}</data><fileName>New file</fileName>
      <mimetype>application/pdf</mimetype>${uploadDate === undefined ? '' : `<uploadDate>${uploadDate}</uploadDate>`}</printableFileAttachmentData><contactReference>1000001</contactReference>`);

  it('takes an MTOM cid: reference as the data and a dd/MM/yyyy upload date, and lists the attachment under name with that date', async () => {
    const { orderId, orderSecretId } = await newOrder();
    expect(await upload(orderId, 'cid:782441202438', '08/07/2020')).toMatchObject({ statusCode: 'success' });

    const file = await call('ExternalOrderService', 'getFileDetailsFromOrderSecretId', `<orderSecretId>${orderSecretId}</orderSecretId>`);
    expect(file.statusCode).toBe('success');
    // 8 July 2020, midnight in the institution's time zone (Europe/Paris, summer time)
    expect(file.fileDetailsData.fileAttachments).toEqual({ fileAttachmentId: expect.stringMatching(/^\d+$/), name: 'New file', mimetype: 'application/pdf', uploadDate: '2020-07-07T22:00:00.000Z' });

    const got = await call('ExternalOrderService', 'getFileAttachment', `<fileAttachmentId>${file.fileDetailsData.fileAttachments.fileAttachmentId}</fileAttachmentId><contactReference>1000001</contactReference>`);
    // no attachment part came with the request: an empty document
    expect(got).toMatchObject({ statusCode: 'success', fileAttachment: { data: '', fileName: 'New file', mimetype: 'application/pdf', uploadDate: '2020-07-07T22:00:00.000Z' } });
  });

  it('keeps an ISO-8601 upload date as given, and stamps the upload time when none is given', async () => {
    const { orderId } = await newOrder();
    const before = Date.now();
    expect(await upload(orderId, Buffer.from('voucher').toString('base64'), '2026-03-02T09:30:00.000Z')).toMatchObject({ statusCode: 'success' });
    expect(await upload(orderId, Buffer.from('voucher').toString('base64'))).toMatchObject({ statusCode: 'success' });
    const file = await call('ExternalOrderService', 'getFileDetails', `<fileId>${orderId}</fileId>`);
    const [given, stamped] = file.fileDetailsData.fileAttachments;
    expect(given.uploadDate).toBe('2026-03-02T09:30:00.000Z');
    expect(Date.parse(stamped.uploadDate)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(await upload(orderId, 'not base64!')).toMatchObject({ statusCode: 'error.invalidParameter' });
  });

  it('clears the file status with an empty <fileStatusIC>', async () => {
    const { orderId } = await newOrder();
    expect(await call('ExternalOrderService', 'updateFileStatus', `<fileId>${orderId}</fileId><fileStatusIC>CHECKED</fileStatusIC>`)).toMatchObject({ statusCode: 'success' });
    expect((await call('ExternalOrderService', 'getFileDetails', `<fileId>${orderId}</fileId>`)).fileDetailsData.fileStatusIC).toBe('CHECKED');
    const cleared = await call('ExternalOrderService', 'updateFileStatus', `<fileId>${orderId}</fileId><fileStatusIC></fileStatusIC>`);
    expect(cleared).toMatchObject({ statusCode: 'success' });
    expect((await call('ExternalOrderService', 'getFileDetails', `<fileId>${orderId}</fileId>`)).fileDetailsData.fileStatusIC).toBeUndefined();
    expect(await call('ExternalOrderService', 'updateFileStatus', `<fileId>${orderId}</fileId><fileStatusIC/>`)).toMatchObject({ statusCode: 'success' });
  });

  it('sent every SOAP answer above in the order and types of the served WSDL\'s schema (xmllint --schema)', async () => {
    expect(soapSim.recording.answers.length).toBeGreaterThan(10);
    expect(await schemaViolations(soapSim.sim, soapSim.recording.answers)).toEqual([]);
  });
});
