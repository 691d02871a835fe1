// name: person
// description: One person by name or key, with how many posts and articles name them.
// params:
//   person: {type: name, description: "the person's name or key", example: "Nguyễn Đắc Thành"}
MATCH (p:Person {key: $person})
RETURN p.key AS key,
       p.name AS name,
       p.name_ascii AS name_ascii,
       COUNT { (p)-[:HOLDS]->(:Occupancy) } AS posts,
       COUNT { (:Article)-[:MENTIONS]->(p) } AS articles
