/** SDK version; a test keeps it equal to the packages' versions. */
export const VERSION = '0.1.0';
