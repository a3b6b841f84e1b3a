import { Injectable } from '@nestjs/common';

/** The time source. Tests swap it to move time; nothing else reads the wall clock. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
