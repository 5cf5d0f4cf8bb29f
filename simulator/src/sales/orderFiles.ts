import { iso } from '../data/dates';
import type { SimFile, SimOrder } from '../data/orderTypes';
import { orderDetailsRecord } from './orderRecords';

/** SecuTix's file states for our order states (its own spelling) [ours: the mapping]. */
const FILE_STATE: Record<SimOrder['state'], string> = { IN_PROGRESS: 'RUNNING', CLOSED: 'SOLDED', ABANDONED: 'ABANDONNED', CANCELLED: 'CANCELED' };

/** The order's file, created on first need: one file per order, its id the order id. */
export function fileOf(order: SimOrder, now: number): SimFile {
  order.file ??= { attachments: [], externalReferences: [], modifiedAt: now };
  return order.file;
}

/** FileDetailResult's body: the file and its one order. */
export function fileDetails(order: SimOrder): Record<string, unknown> {
  const file = order.file;
  const lastChange = Math.max(order.createdAt, order.closedAt ?? 0, order.expiredAt ?? 0, file?.modifiedAt ?? 0);
  return {
    fileDetailsData: {
      fileId: order.orderId,
      fileState: FILE_STATE[order.state],
      fileStatusIC: file?.fileStatusIC,
      lastModDateTime: iso(lastChange),
      fileContacts: [{ fileContactType: 'SALE', contactReference: order.contactNumber }],
      // `name` here, `fileName` in getFileAttachment's record, as real SecuTix answers them
      fileAttachments: (file?.attachments ?? []).map((a) => ({ fileAttachmentId: a.fileAttachmentId, name: a.fileName, mimetype: a.mimetype, uploadDate: iso(a.uploadDate) })),
    },
    orderDetailsDatas: [orderDetailsRecord(order)],
  };
}
