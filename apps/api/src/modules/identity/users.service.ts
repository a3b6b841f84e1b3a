import { Injectable } from '@nestjs/common';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** An admin makes a caseworker a supervisor (told of overdue follow-ups), or stops it. A permission change, audited. */
  setSupervisor(actor: Actor, id: string, supervisor: boolean): Promise<User> {
    return this.transactions.run(async (manager) => {
      const user = await this.users.findById(id);
      if (!user) throw Errors.notFound('The user');
      if (user.role !== 'caseworker') throw Errors.invalidField('supervisor', 'Only caseworkers can be supervisors.');
      await this.users.update(manager, id, { isSupervisor: supervisor });
      await this.audit.record({ action: supervisor ? 'user.supervisor_granted' : 'user.supervisor_revoked', outcome: 'success', actor, subjectType: 'user', subjectId: id }, manager);
      return { ...user, isSupervisor: supervisor };
    });
  }
}
