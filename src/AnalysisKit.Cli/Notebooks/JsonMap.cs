// Open-ended JSON (metadata, MIME bundles, fields the kit does not model) kept as immutable
// elements, so whatever a notebook carries is written back as it was read.
global using JsonMap = System.Collections.Immutable.ImmutableDictionary<string, System.Text.Json.JsonElement>;
