import type { SimOrder } from '../data/orderTypes';
import { iso } from '../data/dates';
import type { Params } from '../protocol/normaliseParams';
import { applyExpiry } from '../sales/orderExpiry';
import { fileDetails, fileOf } from '../sales/orderFiles';
import { referenceDate } from '../sales/orderRecords';
import type { OperationContext, OperationDef, ResultBody } from './OperationDef';
import { businessError, success } from './results';

/** Largest attachment accepted, decoded [ours]. */
const MAX_ATTACHMENT_BYTES = 1_000_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function withFile(find: (p: Params, ctx: OperationContext) => SimOrder | undefined, handle: (order: SimOrder, p: Params, ctx: OperationContext) => ResultBody) {
  return (p: Params, ctx: OperationContext): ResultBody => {
    const order = find(p, ctx);
    if (!order) return businessError(ctx, 'error.notFound', 'no such file');
    applyExpiry(ctx, order);
    return handle(order, p, ctx);
  };
}

const byFileId = (p: Params, ctx: OperationContext) => (typeof p.fileId === 'number' ? ctx.orders.get(p.fileId) : undefined);

function byAttachment(p: Params, ctx: OperationContext): SimOrder | undefined {
  return ctx.orders.all().find((o) => o.file?.attachments.some((a) => a.fileAttachmentId === p.fileAttachmentId));
}

/** a contactReference, when given, must be the file's contact [ours] */
function wrongContact(order: SimOrder, p: Params, ctx: OperationContext): ResultBody | undefined {
  if (p.contactReference === undefined || p.contactReference === order.contactNumber) return undefined;
  return businessError(ctx, 'error.invalidParameter', 'contactReference is not the file\'s contact');
}

function upload(order: SimOrder, p: Params, ctx: OperationContext): ResultBody {
  const refused = wrongContact(order, p, ctx);
  if (refused) return refused;
  const data = (p.printableFileAttachmentData as Params | undefined) ?? {};
  const { fileName, mimetype } = data;
  const given = typeof data.data === 'string' ? data.data.replace(/\s+/g, '') : '';
  // an MTOM/SwA reference to a part of the request [M: a public test against real SecuTix sends one]:
  // the simulator reads no multipart request, so no part comes with it and the document is empty [ours]
  const content = ATTACHMENT_REFERENCE.test(given) ? '' : given;
  if (typeof fileName !== 'string' || typeof mimetype !== 'string' || given === '' || !BASE64.test(content)) {
    return businessError(ctx, 'error.invalidParameter', 'printableFileAttachmentData needs base64 data (or a cid: reference), fileName and mimetype');
  }
  if (Buffer.byteLength(content, 'base64') > MAX_ATTACHMENT_BYTES) return businessError(ctx, 'error.invalidParameter', `attachments are at most ${MAX_ATTACHMENT_BYTES} bytes`);
  const file = fileOf(order, ctx.now());
  const uploadDate = (typeof data.uploadDate === 'string' ? readUploadDate(data.uploadDate) : undefined) ?? ctx.now();
  file.attachments.push({ fileAttachmentId: ctx.orders.newAttachmentId(), fileName, mimetype, data: content, uploadDate });
  file.modifiedAt = ctx.now();
  return success(ctx, {});
}

const ATTACHMENT_REFERENCE = /^cid:\S+$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/**
 * The upload date a client gives [ours: how it is read]: an xsd:dateTime (UTC when it names no
 * zone); a day, as an xsd:date or `dd/MM/yyyy` (also `dd.MM.yyyy`) as a public test against real
 * SecuTix sends it, is that day's midnight in the institution's time zone. Anything else is no
 * date (the upload time is stamped), as JAXB reads an unreadable date as none.
 */
function readUploadDate(text: string): number | undefined {
  const value = text.trim();
  if (DATE_TIME.test(value)) {
    const ms = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const ymd = YEAR_MONTH_DAY.exec(value);
  const dmy = DAY_MONTH_YEAR.exec(value);
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]].map(Number) : dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : [];
  if (year === undefined) return undefined;
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  if (noon.getUTCFullYear() !== year || noon.getUTCMonth() !== month - 1 || noon.getUTCDate() !== day) return undefined;
  return Date.parse(referenceDate(noon.getTime()));
}

function getAttachment(order: SimOrder, p: Params, ctx: OperationContext): ResultBody {
  const refused = wrongContact(order, p, ctx);
  if (refused) return refused;
  const a = order.file!.attachments.find((x) => x.fileAttachmentId === p.fileAttachmentId)!;
  return success(ctx, { fileAttachment: { data: a.data, fileName: a.fileName, mimetype: a.mimetype, uploadDate: iso(a.uploadDate) } });
}

function deleteAttachment(order: SimOrder, p: Params, ctx: OperationContext): ResultBody {
  const refused = wrongContact(order, p, ctx);
  if (refused) return refused;
  const file = order.file!;
  file.attachments = file.attachments.filter((x) => x.fileAttachmentId !== p.fileAttachmentId);
  file.modifiedAt = ctx.now();
  return success(ctx, {});
}

/** Only order references are simulated (`externalReferenceKind` ORDER, the id an order id) [ours]. */
function orderReference(p: Params, ctx: OperationContext): { order: SimOrder } | { refused: ResultBody } {
  if (p.externalReferenceKind !== 'ORDER') return { refused: businessError(ctx, 'error.invalidParameter', 'externalReferenceKind must be ORDER') };
  const order = typeof p.id === 'number' ? ctx.orders.get(p.id) : undefined;
  return order ? { order } : { refused: businessError(ctx, 'error.notFound', `no order ${p.id ?? ''}`.trim()) };
}

function updateExternalReferences(p: Params, ctx: OperationContext): ResultBody {
  const found = orderReference(p, ctx);
  if ('refused' in found) return found.refused;
  const ref = (p.externalReference as Params | undefined) ?? {};
  if (typeof ref.key !== 'string' || typeof ref.value !== 'string') return businessError(ctx, 'error.invalidParameter', 'externalReference needs key and value');
  const file = fileOf(found.order, ctx.now());
  file.externalReferences = [...file.externalReferences.filter((r) => r.key !== ref.key), { key: ref.key, value: ref.value }];
  file.modifiedAt = ctx.now();
  return success(ctx, {});
}

function getExternalReference(p: Params, ctx: OperationContext): ResultBody {
  const found = orderReference(p, ctx);
  if ('refused' in found) return found.refused;
  const { order } = found;
  return success(ctx, { externalReferences: { id: order.orderId, externalReferences: (order.file?.externalReferences ?? []).map((r) => ({ ...r })) } });
}

/**
 * An empty `fileStatusIC` clears the status [M: a public test against real SecuTix sends one; ours:
 * the effect]; an absent one is refused [ours].
 */
function updateFileStatus(order: SimOrder, p: Params, ctx: OperationContext): ResultBody {
  if (typeof p.fileStatusIC !== 'string') return businessError(ctx, 'error.invalidParameter', 'fileStatusIC is required');
  const file = fileOf(order, ctx.now());
  file.fileStatusIC = p.fileStatusIC.trim() === '' ? undefined : p.fileStatusIC;
  file.modifiedAt = ctx.now();
  return success(ctx, {});
}

const attachmentParams = { fileAttachmentId: 'number', contactReference: 'string' } as const;

/** ExternalOrderService's file operations: one file per order, its id the order id (docs/secutix/protocol.md). */
export const orderFileOperations: Record<string, OperationDef> = {
  getFileDetails: { params: { fileId: 'number' }, handle: withFile(byFileId, (o, _p, ctx) => success(ctx, fileDetails(o))) },
  getFileDetailsFromOrderSecretId: {
    params: { orderSecretId: 'string' },
    handle: withFile((p, ctx) => ctx.orders.all().find((o) => o.secretId === p.orderSecretId), (o, _p, ctx) => success(ctx, fileDetails(o))),
  },
  uploadFileAttachment: {
    params: { fileId: 'number', contactReference: 'string', printableFileAttachmentData: { object: { data: 'string', fileName: 'string', mimetype: 'string', uploadDate: 'string' } } },
    handle: withFile(byFileId, upload),
  },
  getFileAttachment: { params: attachmentParams, handle: withFile(byAttachment, getAttachment) },
  deleteFileAttachment: { params: attachmentParams, handle: withFile(byAttachment, deleteAttachment) },
  updateExternalReferences: {
    params: { id: 'number', externalReferenceKind: 'string', externalReference: { object: { key: 'string', value: 'string' } } },
    handle: updateExternalReferences,
  },
  getExternalReference: { params: { id: 'number', externalReferenceKind: 'string' }, handle: getExternalReference },
  updateFileStatus: { params: { fileId: 'number', fileStatusIC: 'text' }, handle: withFile(byFileId, updateFileStatus) },
};
