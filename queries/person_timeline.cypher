// name: person_timeline
// description: >
//   Every post a person held, in order of time: first and last seen (as written, and as date
//   ranges), and each attestation with its article and sentence.
// params:
//   person: {type: name, description: "the person's name or key", example: "Nguyễn Đắc Thành"}
//   limit: {type: int, default: 200, min: 1}
MATCH (p:Person {key: $person})-[:HOLDS]->(o:Occupancy)-[:IN_POST]->(post:Post)-[:OF]->(org:Organization)
CALL {
  WITH o
  OPTIONAL MATCH (o)-[a:ATTESTED_IN]->(art:Article)
  WITH a, art ORDER BY a.start, art.id
  RETURN collect(CASE WHEN art IS NULL THEN NULL ELSE {
           article: art.id, title: art.title, published: art.published,
           date: a.date, evidence: a.evidence} END) AS attestations
}
RETURN o.key AS occupancy,
       post.key AS post,
       post.title AS title,
       org.key AS organization_key,
       org.name AS organization,
       o.first_seen AS first_seen,
       o.last_seen AS last_seen,
       o.start AS start,
       o.end AS end,
       o.term AS term,
       attestations
ORDER BY o.start, o.end, post.title
LIMIT $limit
