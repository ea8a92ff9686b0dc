import { UWV_TRAJECTORY_KIND, type UwvTrajectory } from '../../../shared/domain/uwv-trajectory';
import { vault } from '../../state/vault-instance';
import { ClientRecords } from '../../vault/records';

export const trajectoryRecords = new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND);
