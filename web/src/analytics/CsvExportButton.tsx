import { useState } from 'react';
import { csvExportUrl, type AnalyticsRange, type ExportDataset } from './analyticsApi.js';

const DATASETS: readonly { id: ExportDataset; label: string }[] = [
  { id: 'series', label: 'Daily figures' },
  { id: 'channels', label: 'Channels' },
  { id: 'retention', label: 'Retention cohorts' },
  { id: 'health', label: 'Health score' },
];

/** Props of {@link CsvExportButton}. */
export interface CsvExportButtonProps {
  range: AnalyticsRange;
}

/**
 * Picks a table (daily figures, channels, retention, health) and downloads the API's CSV file
 * of it for the range (`/api/analytics/export.csv`, saved under the file name the API gives).
 */
export function CsvExportButton({ range }: CsvExportButtonProps) {
  const [dataset, setDataset] = useState<ExportDataset>('series');
  return (
    <div className="csv-export">
      <label className="visually-hidden" htmlFor="csv-dataset">
        Table to export
      </label>
      <select
        id="csv-dataset"
        value={dataset}
        onChange={(event) => setDataset(DATASETS.find((d) => d.id === event.target.value)?.id ?? 'series')}
        data-testid="csv-dataset"
      >
        {DATASETS.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </select>
      {/* The server sends the file as an attachment: the browser saves it without leaving the page. */}
      <a className="button" href={csvExportUrl(range, dataset)} download data-testid="csv-export">
        Export CSV
      </a>
    </div>
  );
}
