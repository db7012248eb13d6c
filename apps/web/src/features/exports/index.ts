/**
 * List exports: the "Export" menu every list page puts in its header (CSV, CSV for Excel, XLSX,
 * public list), the progress window of background exports, and "My exports".
 * Usage: `<ExportMenu kind="persons" filters={{ q: state.q, ...state.filters }} total={data?.total} />`.
 */
export { ExportJobModal, type ExportJobModalProps } from './ExportJobModal';
export { ExportMenu, type ExportMenuProps, XLSX_JOB_THRESHOLD } from './ExportMenu';
export {
  type ExportKind,
  type ExportPreset,
  exportFilters,
  exportKeys,
  presetOptions,
  requestListExport,
  saveFile,
  startExportJob,
  useExportJob,
  useMyExportJobs,
} from './exports-api';
export { JobProgress } from './JobProgress';
export { MyExportsTable } from './MyExportsTable';
export { useExportLabels } from './use-export-labels';
