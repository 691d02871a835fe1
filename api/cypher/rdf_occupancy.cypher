// name: rdf_occupancy
// description: >
//   Holdings (person, post, first and last seen) for the RDF export, each with its
//   attestations (article, date shown, sentence): the next page in key order after `after`,
//   the one holding whose key is `key`, or the holdings of the person `person` or of the post
//   `post` (at most `limit` of them).
// params:
//   key: {type: str, default: null, description: "one holding's key, or null"}
//   person: {type: str, default: null, description: "every holding of this person's key, or null"}
//   post: {type: str, default: null, description: "every holding of this post's key, or null"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "holdings per page"}
CALL () {
  MATCH (occ:Occupancy)
  WHERE $key IS NULL AND $person IS NULL AND $post IS NULL AND occ.key > $after
  RETURN occ ORDER BY occ.key LIMIT $limit
  UNION
  MATCH (occ:Occupancy {key: $key})
  RETURN occ
  UNION
  MATCH (:Person {key: $person})-[:HOLDS]->(occ:Occupancy)
  RETURN occ ORDER BY occ.key LIMIT $limit
  UNION
  MATCH (occ:Occupancy)-[:IN_POST]->(:Post {key: $post})
  RETURN occ ORDER BY occ.key LIMIT $limit
}
MATCH (p:Person)-[:HOLDS]->(occ)-[:IN_POST]->(post:Post)
OPTIONAL MATCH (post)-[:OF]->(o:Organization)
RETURN occ.key AS key,
       p.key AS person,
       post.key AS post,
       post.title AS title,
       o.key AS organization,
       occ.first_seen AS first_seen,
       occ.last_seen AS last_seen,
       occ.start AS start,
       occ.end AS end,
       occ.term AS term,
       occ.attestations AS attestations,
       COLLECT {
         MATCH (occ)-[a:ATTESTED_IN]->(art:Article)
         RETURN {article: art.id, date: a.date, evidence: a.evidence}
         ORDER BY art.id, a.date, a.evidence
       } AS attested
ORDER BY key
