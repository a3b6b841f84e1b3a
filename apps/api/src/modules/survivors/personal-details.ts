import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { SurvivorProfile } from './survivor-profile.entity';

/** A survivor's sealed fields. Opened only for the survivor, their caseworkers and consented employers. */
export interface PersonalDetails {
  legalName: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  email: string | null;
}

export const NO_PERSONAL_DETAILS: PersonalDetails = { legalName: null, dateOfBirth: null, phone: null, email: null };

/** What an erased record keeps in place of sealed personal details (and of a key id). */
export const NOTHING_SEALED = '';

/** The additional data that ties a sealed value to its survivor: a value copied to another row does not open. */
const sealContext = (survivorId: string) => `survivor:${survivorId}:personal`;

@Injectable()
export class PersonalDetailsSealer {
  constructor(private readonly cipher: FieldCipher) {}

  seal(survivorId: string, personal: Partial<PersonalDetails>): Pick<SurvivorProfile, 'sealedPersonal' | 'personalKeyId'> {
    const { legalName, dateOfBirth, phone, email } = { ...NO_PERSONAL_DETAILS, ...personal };
    return {
      sealedPersonal: this.cipher.seal(JSON.stringify({ legalName, dateOfBirth, phone, email }), sealContext(survivorId)),
      personalKeyId: this.cipher.currentKeyId,
    };
  }

  open(profile: Pick<SurvivorProfile, 'id' | 'sealedPersonal'>): PersonalDetails {
    // Erasure leaves nothing sealed: there is no ciphertext, not even one of empty fields.
    if (profile.sealedPersonal === NOTHING_SEALED) return { ...NO_PERSONAL_DETAILS };
    return { ...NO_PERSONAL_DETAILS, ...JSON.parse(this.cipher.open(profile.sealedPersonal, sealContext(profile.id))) };
  }
}
