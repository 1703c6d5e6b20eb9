/**
 * The timeline's filter: one toggle button per choice, the chosen one
 * pressed, each with how many entries it holds. Buttons keep their identity
 * from one choice to the next, so the one the user pressed keeps the focus.
 */
import { offeredFilters, timelineFilterLabels, type TimelineFilter } from './timeline-filter';

export interface TimelineFilterBarProps {
  counts: Readonly<Record<TimelineFilter, number>>;
  chosen: TimelineFilter;
  onChoose(filter: TimelineFilter): void;
}

export function TimelineFilterBar({ counts, chosen, onChoose }: TimelineFilterBarProps) {
  return (
    <div className="timeline-filter" role="group" aria-label="Show in the timeline">
      {offeredFilters(counts, chosen).map((filter) => (
        <button key={filter} type="button" aria-pressed={filter === chosen} onClick={() => onChoose(filter)}>
          {timelineFilterLabels[filter]} <span className="timeline-filter-count">{counts[filter]}</span>
        </button>
      ))}
    </div>
  );
}
