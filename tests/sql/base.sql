-- Information functions.
SELECT textkit_version();
-- => 0.1.0

SELECT json_valid(textkit_info()), textkit_info() ->> '$.textkit';
-- => 1|0.1.0

SELECT textkit_info() ->> '$.unicode' >= '15.0';
-- => 1

SELECT textkit_info() ->> '$.ner_model' LIKE 'conll2003-perceptron-%';
-- => 1

-- Wrong argument counts are SQLite's own errors.
SELECT textkit_version(1);
-- error: wrong number of arguments to function textkit_version()
