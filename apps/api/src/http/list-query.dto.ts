import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Far beyond any real list; a bound keeps the SQL offset a sane number (1e308 once gave a 500). */
export const MAX_PAGE = 1_000_000;

/** Paging and read-your-writes, common to every list (docs/http-api.md): pageSize at most 200. */
export class ReadQuery {
  /** Wait (up to ~2 s) until the read models have processed this log position. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  minPosition?: number;
}

export class ListQuery extends ReadQuery {
  /** Page number, from 1 (at most 1 000 000: beyond, the offset means nothing). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE) page?: number;
  /** Items per page, at most 200 (default 50). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
  /** Search text; diacritics are ignored ("tay ninh" finds "Tây Ninh"). */
  @IsOptional() @IsString() @MaxLength(200) q?: string;
}
