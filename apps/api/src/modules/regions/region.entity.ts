import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A region jobs are in, with the lowest hourly wage a job there may be published at (the legal
 * minimum, or a higher floor the deployment chooses). Regions are never exact addresses.
 */
@Entity({ name: 'regions' })
@Check('regions_code_check', `code ~ '^[a-z0-9_-]{2,40}$'`)
@Check('regions_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('regions_floor_check', `hourly_wage_floor_minor >= 0`)
export class Region {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'hourly_wage_floor_minor', type: 'integer' })
  hourlyWageFloorMinor: number;

  @Column({ type: 'text' })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
