-- Distribution keys defined by negotiators: their criteria as JSON, kept so results can be reproduced.

CREATE TABLE custom_key (
    id          VARCHAR(40)   NOT NULL PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    criteria    VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(80)   NOT NULL
);
