import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RehabServices } from '../rehab-module.js';

/** Editor features (hover, completion, code actions, formatting, …) on top of the language core. */
export const RehabLspModule: Module<RehabServices, PartialLangiumServices> = {
};
