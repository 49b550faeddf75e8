// For unit tests that start a real instance with init(): Consentry reads document.cookie through
// Document.prototype's accessor (a page cannot shadow it); happy-dom defines it lower in the chain.
let proto: object | null = document;
while (proto && !Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto);
if (proto && proto !== Document.prototype) Object.defineProperty(Document.prototype, 'cookie', Object.getOwnPropertyDescriptor(proto, 'cookie')!);
