"""What the bot says: the text catalogue, shared cards, Thai dates, the referral form."""
