"""Business time: support hours, calendars, deadlines and contact windows."""
