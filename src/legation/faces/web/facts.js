// The facts of a pair: shared memberships, migration figures, each side's missions and envoys.
"use strict";

export async function showFacts() {}
