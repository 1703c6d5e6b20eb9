// Every test file gets a fresh, in-memory IndexedDB.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Test files run in parallel on a two-core machine, where a live query's
// first answer can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5_000 });
