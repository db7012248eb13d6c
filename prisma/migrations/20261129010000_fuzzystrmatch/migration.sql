-- Edit distance (levenshtein) for ranking typo'd search words: pg_trgm finds the candidates,
-- levenshtein tells "Saparagli" is two letters from "Sapargali" and far from "Saparov Ali".
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
