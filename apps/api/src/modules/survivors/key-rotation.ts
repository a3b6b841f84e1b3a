import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { TransactionRunner } from '../../database/transaction-runner';
import { PersonalDetailsSealer } from './personal-details';
import { SurvivorsRepository } from './survivors.repository';

const BATCH = 500;

/**
 * Re-seals survivors' personal details that an older key sealed, in batches, so the old key can
 * be removed from ENCRYPTION_KEYS once this reports nothing left. Safe to stop and run again.
 */
@Injectable()
export class PersonalDataKeyRotation {
  constructor(
    private readonly survivors: SurvivorsRepository,
    private readonly sealer: PersonalDetailsSealer,
    private readonly cipher: FieldCipher,
    private readonly transactions: TransactionRunner,
  ) {}

  async run(onProgress: (done: number) => void = () => undefined): Promise<{ resealed: number }> {
    let resealed = 0;
    for (;;) {
      const done = await this.transactions.run(async (manager) => {
        const batch = await this.survivors.lockSealedWithOtherKey(manager, this.cipher.currentKeyId, BATCH);
        for (const profile of batch) {
          await this.survivors.update(manager, profile.id, this.sealer.seal(profile.id, this.sealer.open(profile)));
        }
        return batch.length;
      });
      resealed += done;
      onProgress(resealed);
      if (done < BATCH) return { resealed };
    }
  }

  /** How many values each key sealed: what an operator checks before removing a key. */
  countByKey(): Promise<Record<string, number>> {
    return this.survivors.countByKey();
  }
}
