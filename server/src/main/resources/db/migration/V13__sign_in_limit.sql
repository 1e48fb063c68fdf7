-- Repeated failed sign-ins lock an account for a while, so that its password cannot be guessed by
-- trying many: the count of failures since the last success, and until when the account is locked.
ALTER TABLE app_user ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
