// The explorer's only door to the data: the API's resource endpoints, and canned queries
// (GET queries/{name}) where no resource fits. Every list call asks for a bounded page
// (limit/offset); nothing ever fetches the whole graph.

/** An API failure with the one-line message the API gave, and its HTTP status (0: unreachable). */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

/** The JSON body of GET PATH?PARAMS (null/undefined/"" params are left out). */
export async function getJson(path, params = {}, { signal } = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  const url = query ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError("The API cannot be reached; is the server running?", 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A body that is not JSON (a proxy's error page): the status alone tells what happened.
  }
  if (!response.ok) throw new ApiError(errorMessage(body, response), response.status);
  return body;
}

function errorMessage(body, response) {
  const detail = body && (body.detail ?? body.message ?? body.error);
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail) && detail.length) return detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
  if (detail && typeof detail === "object" && detail.message) return detail.message;
  return `${response.status} ${response.statusText}`.trim();
}

/** The body of GET PATH, or null when the API answers 404 (no such key). */
async function getOrNull(path, params, options) {
  try {
    return await getJson(path, params, options);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

// A key goes into a path segment whole: '|' and spaces are escaped; '/' too (directive codes
// such as 35-CT/TW go to routes that accept it).
const segment = (key) => encodeURIComponent(key);

/** The rows of canned query NAME with PARAMS, and whether the row cap cut them. */
export async function runQuery(name, params = {}, options = {}) {
  const body = await getJson(`queries/${segment(name)}`, params, options);
  return { rows: body.rows || [], truncated: Boolean(body.truncated) };
}

export const api = Object.freeze({
  topDirectives: (limit, options) => getJson("directives/top", { limit }, options),
  search: async (q, limit, options) => (await getJson("search", { q, limit }, options)).items,
  person: (key, options) => getOrNull(`persons/${segment(key)}`, {}, options),
  personTimeline: (key, options) => getJson(`persons/${segment(key)}/timeline`, {}, options),
  organization: (key, options) => getOrNull(`organizations/${segment(key)}`, {}, options),
  organizationHolders: (key, options) => getJson(`organizations/${segment(key)}/holders`, { parts: true }, options),
  // A bare code may name several documents (numbers restart each term): the canned query lists them all.
  directivesByCode: async (code, options) => (await runQuery("directive", { directive: code }, options)).rows,
  directiveCitations: (key, options) => getJson(`directives/${segment(key)}/citations`, {}, options),
  directiveArticles: (key, limit, offset, options) =>
    getJson(`directives/${segment(key)}/articles`, { limit, offset }, options),
  congress: (key, options) => getOrNull(`congresses/${segment(key)}`, {}, options),
  congressDirectives: (key, options) => getJson(`congresses/${segment(key)}/directives`, {}, options),
  article: (id, options) => getOrNull(`articles/${segment(id)}`, {}, options),
  citationGraph: (filters, limit, offset, options) => runQuery("citation_graph", { ...filters, limit, offset }, options),
  citationGraphSummary: async (filters, options) => (await runQuery("citation_graph_summary", filters, options)).rows[0],
});
