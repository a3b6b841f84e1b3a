import type { ParseKeys } from 'i18next';
import { useState, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateSurvivorRequest } from '../api/types';
import { hintFor, serverRefused, type FieldErrors } from '../profileForm';
import { useUpdateOwnProfile } from './useOwnProfile';

interface SectionOptions<V> {
  validate?: (values: V) => FieldErrors;
  toRequest: (values: V) => UpdateSurvivorRequest;
}

/**
 * One section of the profile: its own values, checks, save and "Saved." notice. Sections save
 * only their own fields, so saving one never overwrites what is being typed in another.
 */
export function useProfileSection<V>(initialValues: V, { validate, toRequest }: SectionOptions<V>) {
  const { t } = useTranslation();
  const update = useUpdateOwnProfile();
  const [values, setValues] = useState(initialValues);
  const [checked, setChecked] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  const change = (next: SetStateAction<V>) => {
    setValues(next);
    setSaved(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate?.(values) ?? {};
    setChecked(errors);
    setSaved(false);
    update.reset();
    if (Object.keys(errors).length > 0) return;
    update.mutate(toRequest(values), { onSuccess: () => setSaved(true) });
  };

  /** The translated message for a field the checks here or the API refused. */
  const errorFor = (path: string, { exact = false }: { exact?: boolean } = {}): string | undefined => {
    const key: ParseKeys | undefined = checked[path] ?? (serverRefused(update.error, path, exact) ? hintFor(path) : undefined);
    return key && t(key);
  };

  return { values, change, onSubmit, errorFor, saved, pending: update.isPending, error: update.error };
}

export type ProfileSectionState<V> = ReturnType<typeof useProfileSection<V>>;
