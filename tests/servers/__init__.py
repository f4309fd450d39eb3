"""Real servers the tests start on 127.0.0.1: Dovecot (IMAP), an aiosmtpd sink, a fault-injecting proxy."""
