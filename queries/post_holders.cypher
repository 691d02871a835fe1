// name: post_holders
// description: >
//   The holders of a post in order of time: first and last seen and how many times the texts
//   attest each holding. With `date`, who held it on that date: the holdings whose attested span,
//   from the first to the last attestation, overlaps the date; a partial date (2021 or 2021-05)
//   is the whole year or month.
// params:
//   post: {type: post, description: "the post's key: the body's key, '|', the title's key", example: "đảng ủy bộ ngoại giao|phó bí thư thường trực"}
//   date: {type: date, default: null, description: "only the holders on this date: YYYY, YYYY-MM or YYYY-MM-DD", example: "2021-05-24"}
//   limit: {type: int, default: 200, min: 1}
MATCH (p:Person)-[:HOLDS]->(occ:Occupancy)-[:IN_POST]->(post:Post {key: $post})
// The post's key (its uniqueness constraint) anchors the query and the date only filters its few
// holdings; the hint keeps a plan cached on a tiny graph from scanning the occupancies instead.
USING INDEX post:Post(key)
WHERE $date IS NULL OR (occ.start <= $date.end AND occ.end >= $date.start)
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
