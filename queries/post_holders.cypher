// name: post_holders
// description: >
//   The holders of a post in order of time: first and last seen and how many times the texts
//   attest each holding.
// params:
//   post: {type: post, description: "the post's key: the body's key, '|', the title's key", example: "đảng ủy bộ ngoại giao|phó bí thư thường trực"}
//   limit: {type: int, default: 200, min: 1}
MATCH (p:Person)-[:HOLDS]->(occ:Occupancy)-[:IN_POST]->(post:Post {key: $post})
RETURN p.key AS person_key,
       p.name AS person,
       occ.key AS occupancy,
       occ.first_seen AS first_seen,
       occ.last_seen AS last_seen,
       occ.start AS start,
       occ.end AS end,
       occ.term AS term,
       occ.attestations AS attestations
ORDER BY start, end, person
LIMIT $limit
