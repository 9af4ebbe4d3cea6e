/**
 * Every row of every table a projection writes, in a stable order: two builds of the read
 * models (a replay, a rebuild, a build that survived crashes) compare equal or not. It lives
 * with the read models (verification/), beside the comparison `replay --verify` makes.
 */
export { dumpReadModels } from '@hdnd/read-models';
