import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../../lib/db/database';
import { useContactSearch } from '../../../lib/sidebar/use-contact-search';
import { contact } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

function Probe({ query, database }: { query: string; database: RapportDatabase }) {
  const { hits, searching } = useContactSearch(query, 20, database);
  return (
    <p data-testid="probe">
      {searching ? 'searching' : 'answered'}: {hits?.map((hit) => hit.name).join(', ') ?? 'none'}
    </p>
  );
}

describe('the sidebar’s live contact search', () => {
  it('says it is searching the query typed now, keeping the earlier answer until the new one comes', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'a', name: 'Smithers Lowe', emails: [] }),
        contact({ id: 'b', name: 'Jane Smith', emails: [] }),
      ],
    });
    const { rerender } = render(<Probe query="smithe" database={database} />);
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('answered: Smithers Lowe'));

    rerender(<Probe query="smith" database={database} />);
    expect(screen.getByTestId('probe')).toHaveTextContent('searching: Smithers Lowe');
    await waitFor(() =>
      expect(screen.getByTestId('probe')).toHaveTextContent('answered: Smithers Lowe, Jane Smith'),
    );
  });
});
