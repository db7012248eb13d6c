/** Attachments: the files of a record (upload with progress, download, delete) and the person's photo. */
export { AttachmentsSection } from './AttachmentsSection';
export * from './attachments-api';
export { PersonPhoto } from './PersonPhoto';
