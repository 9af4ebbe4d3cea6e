import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ImportQuery {
  /**
   * `true` (the default): check every row and answer what would be recorded, recording
   * nothing. `false`: record the rows that pass, as a job (202, Location of the job).
   */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}
