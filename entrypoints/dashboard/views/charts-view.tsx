/**
 * The dashboard's pictures (#/pictures): where the value is, the ladder, who
 * is due, and gives and asks per week. Loaded lazily (React.lazy in app.tsx),
 * so the charting library is in this view's chunk only, never in the popup
 * or the sidebar. Live: any change to the data redraws them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { DueStateChart } from '../../../components/charts/due-state-chart';
import { GestureWeeksChart } from '../../../components/charts/gesture-weeks-chart';
import { LevelFunnelChart } from '../../../components/charts/level-funnel-chart';
import { ParetoChart } from '../../../components/charts/pareto-chart';
import type { ChartSize } from '../../../components/charts/chart-figure';
import type { BookView } from '../../../lib/db/book-records';
import type { ChartData } from '../../../lib/db/chart-data';
import { MOVEMENT_DAYS } from '../../../lib/portfolio/chart-data';

export interface ChartsViewProps {
  /** The dashboard's one loader: it keeps what it read between visits to this view. */
  charts: BookView<ChartData>;
  now: () => number;
  /** Fixed chart sizes, for tests (a test DOM cannot measure a container). */
  chartSize?: ChartSize;
}

export default function ChartsView({ charts, now, chartSize }: ChartsViewProps) {
  // The pictures of the last visit, if any, stand until the loader has caught up with what changed since.
  const data = useLiveQuery(() => charts.load(now()), [charts, now], charts.latest() ?? undefined);
  const width = chartSize?.width;
  return (
    <section className="charts-view" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Pictures</h2>
      {data === undefined ? (
        <p role="status">Drawing the pictures…</p>
      ) : (
        <div className="charts-grid">
          <ParetoChart series={data.pareto} width={width} />
          <LevelFunnelChart steps={data.funnel} days={MOVEMENT_DAYS} width={width} />
          <DueStateChart due={data.due} width={width} />
          <GestureWeeksChart weeks={data.weeks} width={width} />
        </div>
      )}
    </section>
  );
}
