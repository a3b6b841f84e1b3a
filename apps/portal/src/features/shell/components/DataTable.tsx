import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** For text typed by people (names, titles): its own direction, whatever the page's. */
  dir?: 'auto';
}

type DataTableProps<Row> = {
  rows: readonly Row[];
  /** The first column names each row (a row header), so a screen reader reads it with every cell. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
  /** Narrower than this, the table scrolls sideways rather than squeeze its columns. */
  minWidth: number;
} & ({ /** The table's name, for screen readers. */ label: string } | { /** The table's name, shown above it. */ caption: string });

/** A list of records as a table: one row each, a column a fact, headed for screen readers. */
export function DataTable<Row extends { id: string }>({ rows, columns, minWidth, ...name }: DataTableProps<Row>) {
  const [first, ...rest] = columns;
  const tableName = 'label' in name ? name.label : name.caption;
  return (
    // On a phone the table scrolls sideways; rows of figures hold nothing focusable, so the
    // keyboard reaches the scroll area itself as a named region, to scroll it with the arrows.
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': tableName } }}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top" aria-label={'label' in name ? name.label : undefined}>
        {'caption' in name && <Table.Caption style={{ textAlign: 'start' }}>{name.caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw={600} dir={first.dir}>
                {first.cell(row)}
              </Table.Th>
              {rest.map((column) => (
                <Table.Td key={column.header} dir={column.dir}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
