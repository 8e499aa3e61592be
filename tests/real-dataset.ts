import raw from '../public/data/hstf.json';
import { hstfDatasetSchema } from '../src/data/integrity';
import type { Dataset } from '../src/data/schema';

/** The shipped dataset, parsed as the app parses it, for tests of pure derivations. */
export const realDataset: Dataset = hstfDatasetSchema.parse(raw);
