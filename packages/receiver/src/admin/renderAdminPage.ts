/** The admin page (placeholder until the page is written). */
export const renderAdminPage = (nonce: string): string => `<!doctype html><html lang="en"><title>Consentry records</title><script nonce="${nonce}"></script></html>`;
