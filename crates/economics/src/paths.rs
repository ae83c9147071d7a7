//! The two monthly paths before tax and debt: bitcoin's arithmetic and the market month by
//! month, the mining fleet, and the converted site.

pub mod bitcoin;
pub(crate) mod both;
pub(crate) mod conversion;
pub(crate) mod fleet;
pub(crate) mod gpu_cloud;
pub mod market;
