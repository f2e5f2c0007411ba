/**
 * Builds a localized custom-functions metadata file (functions.en-us.json) from the one
 * custom-functions-metadata-plugin generates from the JSDoc (functions.json, Vietnamese): the same
 * functions, ids, names, parameters, types and options, with the descriptions of functionDocs in
 * the target language. Microsoft's documented way to localize custom functions is one metadata
 * JSON per language, chosen by a bt:Override of the metadata URL in manifest.xml.
 * Pure: scripts/localized-metadata-plugin.js runs it inside the webpack build.
 */
import { functionDocs } from "../domain/functionHelp";
import type { Language } from "../i18n/language";

export interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  [key: string]: unknown;
}

export interface CustomFunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/**
 * The metadata with every description replaced by its translation. Throws when a function or a
 * parameter has no translation, so that a build never ships a half-translated file.
 */
export function localizeMetadataObject(metadata: CustomFunctionsMetadata, language: Language): CustomFunctionsMetadata {
  const docs = new Map(functionDocs(language).map((doc) => [doc.id, doc]));
  const functions = metadata.functions.map((fn): MetadataFunction => {
    const doc = docs.get(fn.id);
    if (!doc) throw new Error(`No ${language} description for the custom function ${fn.id}.`);
    const parameters = fn.parameters.map((parameter): MetadataParameter => {
      const parameterDoc = doc.parameters.find((p) => p.name === parameter.name);
      if (!parameterDoc) {
        throw new Error(`No ${language} description for parameter ${parameter.name} of the custom function ${fn.id}.`);
      }
      return { ...parameter, description: parameterDoc.description };
    });
    return { ...fn, description: doc.description, parameters };
  });
  return { ...metadata, functions };
}

/** localizeMetadataObject on the JSON text of functions.json; returns the localized JSON text. */
export function localizeMetadata(metadataJson: string, language: Language): string {
  const metadata = JSON.parse(metadataJson) as CustomFunctionsMetadata;
  if (!metadata || !Array.isArray(metadata.functions)) {
    throw new Error("Not custom-functions metadata: the JSON has no functions array.");
  }
  return JSON.stringify(localizeMetadataObject(metadata, language), null, 4);
}
