"""Time: parsing absolute date strings and normalising time expressions (TimeML values)."""
