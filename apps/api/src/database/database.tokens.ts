/** The database Onward runs on, resolved before the Nest application is created. */
export interface DatabaseTarget {
  url: string;
  engine: 'embedded' | 'postgresql';
}

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');
