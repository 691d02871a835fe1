// name: articles
// description: >
//   The articles read into the graph, newest first, optionally only those published within a
//   period, with how many holdings and citations each attests.
// params:
//   published_from: {type: date, default: null, description: "published on or after (YYYY[-MM[-DD]])", example: "2020"}
//   published_to: {type: date, default: null, description: "published on or before (YYYY[-MM[-DD]])", example: "2021-12"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
MATCH (art:Article)
WHERE ($published_from IS NULL OR art.published_end >= $published_from.start)
  AND ($published_to IS NULL OR art.published_start <= $published_to.end)
WITH art
ORDER BY art.published_start DESC, art.id
SKIP $offset
LIMIT $limit
RETURN art.id AS id,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       COUNT { (:Occupancy)-[:ATTESTED_IN]->(art) } AS holdings,
       COUNT { MATCH (:Congress)-[r:CITES]->(:Directive) WHERE r.article = art.id } AS citations
