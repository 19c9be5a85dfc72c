// Property tests run the same cases on every machine, so CI never fails on a seed nobody can reproduce.
// Explore new cases locally with FC_SEED=<number> npx jest (or FC_SEED=random).
const fc = require('fast-check');

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted !== undefined ? Number(wanted) : 20261126 });
