await import('./main');

export {};
