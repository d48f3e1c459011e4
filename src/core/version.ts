/**
 * The package version. The define guard compares it when a page loads two copies of the library;
 * a test keeps it equal to `package.json`.
 */
export const VERSION = '0.1.0';
