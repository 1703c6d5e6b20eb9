/** A level's name with its colour as a dot: the colour helps the eye, the name carries the meaning. */
export interface LevelChipProps {
  name: string;
  color: string;
}

export function LevelChip({ name, color }: LevelChipProps) {
  return (
    <span className="level-chip">
      <span className="level-dot" style={{ backgroundColor: color }} aria-hidden="true" />
      {name}
    </span>
  );
}
