"""The selection probe: policies, the Boss at a stage, the Assistant fitted there, the table."""
