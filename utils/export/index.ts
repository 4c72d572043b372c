/** Export, backup and restore: the functions the library, popup and CLI call. */
export { exportClips, DEFAULT_ZIP_LEVEL, DEFAULT_BACKUP_LEVEL, type ZipLevel, type ExportOptions, type ExportProgress, type ExportResult } from './export-clips';
export { downloadBlob } from './download';
export { MARKDOWN_FORMAT_VERSION, markdownCacheKey, warmMarkdownCache, type MarkdownCache } from './markdown-cache';
export { safeFilename, slugify, NameAllocator, MAX_FILENAME_LENGTH } from './filename';
export { clipFileName, clipDay, formatPattern, validatePattern, DEFAULT_FILENAME_PATTERN, FILENAME_TOKENS, type FilenameToken } from './pattern';
export {
  backupBlob,
  backupFileName,
  backupTextFromBytes,
  parseBackup,
  serializeBackup,
  sortClips,
  BACKUP_APP,
  BACKUP_ENTRY_NAME,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupProblem,
  type ParsedBackup,
} from './backup';
export {
  planRestore,
  planRestoreFromBytes,
  planRestoreFromText,
  storageMigrate,
  type MigrateRecord,
  type RestoreOptions,
  type RestorePlan,
  type SkipReason,
  type SkippedRecord,
} from './restore';
export { createImageFetcher, describeImageFailures, downloadImages, sniffImageType, IMAGE_REPORT_NAME, type ImageFailure, type ImageFetcher } from './images';
export { canonicalJson } from './canonical-json';
export { yieldToEventLoop } from './yield';
