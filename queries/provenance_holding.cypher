// name: provenance_holding
// description: >
//   Where a holding (a person in a post) comes from: every article and sentence that attests it,
//   with the date each shows.
// params:
//   person: {type: name, description: "the person's name or key", example: "Nguyễn Đắc Thành"}
//   post: {type: post, description: "the post's key: the body's key, '|', the title's key", example: "đảng ủy bộ ngoại giao|phó bí thư thường trực"}
MATCH (p:Person {key: $person})-[:HOLDS]->(occ:Occupancy)-[:IN_POST]->(post:Post {key: $post})
MATCH (occ)-[a:ATTESTED_IN]->(art:Article)
RETURN occ.key AS occupancy,
       art.id AS article,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       a.date AS date,
       a.evidence AS evidence
ORDER BY a.start, article
